/**
 * Actor pictures must be files of the site (`public/…`): a picture from another host would make
 * every reader's browser ask that host for it.
 */
import { error, type Diagnostic } from '../diagnostic.ts';
import type { RawEntry } from '../types.ts';

/** Whether a path from the site's root (`/images/x.jpg`) is a file of the `public/` folder. */
export type PublicFileExists = (path: string) => boolean;

/** Checks an actor's `image`: a path from the site root naming a file in `public/`. */
export function checkImage(src: string, entry: RawEntry, exists: PublicFileExists): Diagnostic | undefined {
  const position = entry.locate(['image']);
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return error('external-image', entry.file, `the image \`${src}\` is on another host`, {
      position,
      hint: 'save the picture in the public/ folder (e.g. public/images/name.jpg) and write `image: /images/name.jpg`: pages never ask other hosts for anything',
    });
  }
  if (!src.startsWith('/') || !exists(src)) {
    return error('missing-image', entry.file, `the image \`${src}\` is not a file in public/`, {
      position,
      hint: 'write images as paths from the site root: public/images/name.jpg is `image: /images/name.jpg`',
    });
  }
  return undefined;
}
