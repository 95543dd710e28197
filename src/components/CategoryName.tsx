import type { Category } from '../domain/dataset/schema';

/** A category's colour dot and name; the name is never left to the colour alone. */
export function CategoryName({
  category,
  fallback,
}: {
  category: Category | undefined;
  fallback: string;
}) {
  return (
    <>
      <span
        aria-hidden="true"
        className="inline-block size-2.5 rounded-full"
        style={{ background: category?.color }}
      />
      {category?.label ?? fallback}
    </>
  );
}
