/**
 * Copies the text of a visible read-only field. The async Clipboard API first; where it is missing or refused
 * (plain http, a sandboxed frame without permission), the field's own selection and execCommand('copy'). Either
 * way the field ends up selected, so a person can still press Ctrl+C when both are refused.
 */
export async function copyFromField(field: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  const text = field.value;
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      field.select();
      return true;
    }
  } catch {
    // Refused: fall through to the selection.
  }
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
