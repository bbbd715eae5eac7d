/** Layer rules of Barwise (see shared ARCHITECTURE.md and docs/adr/0001). */
const CORE = '^packages/core/src/';
const layer = (name) => `${CORE}${name}/`;

module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core runs in the browser too: no Node built-ins',
      severity: 'error',
      from: { path: CORE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-never-imports-server',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: { path: '^packages/(server|web)/' },
    },
    {
      name: 'market-is-the-base',
      comment: 'market imports no other core layer',
      severity: 'error',
      from: { path: layer('market') },
      to: { path: `${CORE}(engine|pine|analysis|optimize|scan)/` },
    },
    {
      name: 'engine-never-imports-pine',
      comment: "Pine's strategy.* is one client of the engine, never the reverse",
      severity: 'error',
      from: { path: layer('engine') },
      to: { path: `${CORE}(pine|analysis|optimize|scan)/` },
    },
    {
      name: 'pine-below-analysis',
      severity: 'error',
      from: { path: layer('pine') },
      to: { path: `${CORE}(analysis|optimize|scan)/` },
    },
    {
      name: 'optimize-uses-engine-only',
      severity: 'error',
      from: { path: layer('optimize') },
      to: { path: `${CORE}(pine|analysis|scan)/` },
    },
    {
      name: 'no-circular-across-folders',
      comment:
        'Cycles may only stay inside one folder (a recursive walker split into files, like the ' +
        "checker's expressions/calls/statements); a cycle that leaves its folder is an error.",
      severity: 'error',
      from: { path: '^(.+)/[^/]+$' },
      to: { circular: true, viaSomeNot: '^$1/[^/]+$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|\\.test\\.ts$|/test-support/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
