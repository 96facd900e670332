/** One short confirmation at a time, announced to screen readers and gone after a few seconds. */
class Toast {
  message = $state('');
  private timer: ReturnType<typeof setTimeout> | undefined;

  show(message: string): void {
    this.message = message;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.message = ''), 3500);
  }
}

export const toast = new Toast();
