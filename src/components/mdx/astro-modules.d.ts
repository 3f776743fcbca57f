/**
 * `tsc` alone cannot read `.astro` files (`astro check` can, and its types win there): to it, an
 * imported component is a component factory. Lets plain TypeScript (`src/site/render-mdx.ts`)
 * hand Casebook's MDX components to Astro's container.
 */
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
