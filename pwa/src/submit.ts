// One way to send a form: the button is disabled (with a busy label) while it sends, the
// message says what went wrong, and on an error the button comes back with its own label and
// everything typed stays in the form.

export interface Submit {
  /** The button that sends. */
  button: HTMLButtonElement;
  /** Where a problem or an error is shown; emptied when sending starts. */
  message: HTMLElement;
  /** The words of an error. */
  errorText: (e: unknown) => string;
  /** The button's words while sending (without it, they stay). */
  busyLabel?: string;
  /** Other lines emptied when the form is sent (a "saved" note). */
  clear?: HTMLElement[];
  /** Runs first: a problem to show instead of sending, `false` to stop quietly (a confirm
   * answered no), or nothing to send. */
  check?: () => string | false | null | undefined | void;
  /** Gives the button back after a success too (the form stays on screen). */
  reenable?: boolean;
  /** After an error is shown (e.g. select the field again). */
  onError?: (e: unknown) => void;
}

export function onSubmit(form: HTMLFormElement, options: Submit, send: () => Promise<unknown>): void {
  const { button, message } = options;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const problem = options.check?.();
    if (problem === false) return;
    for (const line of options.clear ?? []) line.textContent = "";
    message.textContent = problem || "";
    if (problem) return;
    const label = button.textContent;
    const restore = () => {
      button.disabled = false;
      button.textContent = label;
    };
    button.disabled = true;
    if (options.busyLabel) button.textContent = options.busyLabel;
    try {
      await send();
      if (options.reenable) restore();
    } catch (e) {
      message.textContent = options.errorText(e);
      restore();
      options.onError?.(e);
    }
  });
}
