// oidc-provider's per-instance store (lib/helpers/weak_cache.js), which its public types do not describe.
declare module 'oidc-provider/lib/helpers/weak_cache.js' {
  export default function instance(provider: object): { configuration(path: string): unknown };
}
