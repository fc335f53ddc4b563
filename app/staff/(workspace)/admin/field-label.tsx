/** A form label for the admin page's compact forms. */
export function FieldLabel({ id, text }: { id: string; text: string }) {
  return (
    <label htmlFor={id} className="block text-sm font-medium text-slate-800">
      {text}
    </label>
  );
}
