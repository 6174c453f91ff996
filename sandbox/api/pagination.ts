import type { Link, Page } from './model.ts';
import type { Paging } from './query.ts';

/** One page of `items` with links that repeat the request's other query parameters. */
export function paginate<T>(items: readonly T[], { skip, take }: Paging, requestUrl: URL): Page<T> {
  const total = items.length;
  const link = (rel: Link['Rel'], at: number): Link => {
    const href = new URL(requestUrl);
    href.searchParams.set('skip', String(at));
    href.searchParams.set('take', String(take));
    return { Rel: rel, Href: href.href };
  };
  const lastSkip = total === 0 ? 0 : Math.floor((total - 1) / take) * take;
  const links: Link[] = [link('self', skip), link('first', 0)];
  if (skip > 0) links.push(link('prev', Math.max(0, Math.min(skip - take, lastSkip))));
  if (skip + take < total) links.push(link('next', skip + take));
  links.push(link('last', lastSkip));
  return { Items: items.slice(skip, skip + take), Total: total, Skip: skip, Take: take, Links: links };
}
