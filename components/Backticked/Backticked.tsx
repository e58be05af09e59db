/** Shows a diagnostic-style message, turning `backticked` values into code spans. Server component. */
export function Backticked({ text }: { text: string }) {
  // Odd parts of a split on backticks are the quoted values ("Unknown cloud `moon cake`, expected …").
  const parts = text.split('`');
  return <>{parts.map((part, i) => (i % 2 === 1 && i < parts.length - 1 ? <code key={i}>{part}</code> : part))}</>;
}
