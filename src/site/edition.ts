/**
 * Which edition this build is: `npm run build:teacher` sets `CASEBOOK_EDITION=teacher`.
 */
import type { Edition } from '../model/edition.ts';

/** The edition being built. Anything but `teacher` builds the student edition. */
export const edition: Edition = process.env.CASEBOOK_EDITION === 'teacher' ? 'teacher' : 'student';
