/**
 * `npm run lint` runs this: no import cycle between files, and imports only point down the data's way, so that no
 * two folders of src/ import each other. A folder may import its own files and any layer below its own.
 */
const LAYERS = [
  ['types\\.ts', 'optional\\.ts', 'result\\.ts', 'errors\\.ts', 'event-loop\\.ts'],
  ['logger\\.ts', 'config\\.ts', 'calendar\\.ts', 'text/'],
  ['reference/', 'store/'],
  ['corpus/'],
  ['extract/'],
  ['index/'],
  ['ask/'],
  ['digest/', 'live/'],
  ['render/'],
  ['slack/', 'console/'],
  ['main\\.ts'],
  ['cli\\.ts'],
];
const path = (parts) => (parts.length ? `^src/(?:${parts.join('|')})` : '^$');

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Files must not import each other, directly or through others.',
      from: {},
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `layer-${i}-points-down`,
      severity: 'error',
      comment: `${layer.join(', ')} may import only what lies below it: ${LAYERS.slice(0, i).flat().join(', ') || 'nothing'}.`,
      from: { path: path(layer) },
      to: { path: path(LAYERS.slice(i + 1).flat()) },
    })),
    ...LAYERS.flatMap((layer, i) =>
      layer.map((part) => ({
        name: `layer-${i}-folders-apart`,
        severity: 'error',
        comment: `${layer.join(', ')} share a layer and do not import each other.`,
        from: { path: path([part]) },
        to: { path: path(layer.filter((other) => other !== part)) },
      })),
    ),
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
  },
};
