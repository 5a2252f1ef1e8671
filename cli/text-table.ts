// Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned.

export interface TableColumn<T> {
  header: string;
  value: (row: T) => string;
  align?: 'left' | 'right';
}

/** The rows laid out under a header and a rule line, two spaces between columns. */
export function textTable<T>(columns: TableColumn<T>[], rows: readonly T[]): string {
  const cells = rows.map((row) => columns.map((column) => column.value(row)));
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...cells.map((line) => line[i]!.length)),
  );
  const layout = (line: string[]) =>
    line
      .map((cell, i) =>
        columns[i]!.align === 'right' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!),
      )
      .join('  ')
      .trimEnd();
  const header = layout(columns.map((column) => column.header));
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [header, rule, ...cells.map(layout)].join('\n') + '\n';
}
