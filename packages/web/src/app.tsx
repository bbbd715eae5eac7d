/** The app shell: header, the page for the current route, and the server log panel. */
import { HeaderNav } from './components/header-nav.tsx';
import { ServerLogPanel } from './components/server-log-panel.tsx';
import { BacktestListPage } from './pages/backtest-list-page.tsx';
import { BacktestPage } from './pages/backtest-page.tsx';
import { ComparePage } from './pages/compare-page.tsx';
import { DatasetsPage } from './pages/datasets-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { StrategyEditorPage } from './pages/strategy-editor-page.tsx';
import { StrategyListPage } from './pages/strategy-list-page.tsx';
import { useLocation } from './router/navigation.ts';
import { matchRoute, type Route } from './router/routes.ts';

function Page({ route }: { readonly route: Route }) {
  switch (route.page) {
    case 'strategies':
      return <StrategyListPage />;
    case 'strategy-new':
      return <StrategyEditorPage key="new" id={null} />;
    case 'strategy':
      return <StrategyEditorPage key={route.id} id={route.id} />;
    case 'backtests':
      return <BacktestListPage />;
    case 'backtest':
      return <BacktestPage key={route.id} id={route.id} />;
    case 'compare':
      return <ComparePage ids={route.ids} />;
    case 'datasets':
      return <DatasetsPage />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}

export function App() {
  const { pathname, search } = useLocation();
  return (
    <div className="app">
      <HeaderNav pathname={pathname} />
      <main className="main">
        <Page route={matchRoute(pathname, search)} />
      </main>
      <ServerLogPanel />
    </div>
  );
}
