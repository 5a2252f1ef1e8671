// Names joined with " · " for a line of text, each isolated in <bdi> so that a right-to-left
// name (Hebrew, Arabic) reads correctly and does not reorder its neighbours or the separators.
import { Fragment } from 'react';

export function NameList({ names }: { names: readonly string[] }) {
  return names.map((name, i) => (
    <Fragment key={i}>
      {i > 0 && ' · '}
      <bdi>{name}</bdi>
    </Fragment>
  ));
}
