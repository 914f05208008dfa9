// The overlay acts only on the user's own input. A page script can dispatch events (el.click(),
// dispatchEvent) but cannot make them trusted, so it cannot save a mapping, choose the type,
// submit past the review or move the chip on the user's behalf.

/** Runs `handler` for events the browser made from real input; ignores every other one. */
export function fromUser<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
