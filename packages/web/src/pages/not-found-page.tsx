/** Shown for a path the app does not know. */
import { Link } from '../router/link.tsx';

export function NotFoundPage({ path }: { readonly path: string }) {
  return (
    <section>
      <h1>Not found</h1>
      <p>
        There is no page at <code>{path}</code>.{' '}
        <Link href="/strategies">Go to the strategies</Link>.
      </p>
    </section>
  );
}
