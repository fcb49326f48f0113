/**
 * Run work after the next frame has been painted, so it never delays the first screen: a task
 * queued from inside requestAnimationFrame runs after that frame's paint. Hidden pages get no
 * frames, so a timeout stands in there.
 */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  if (document.visibilityState === 'hidden') {
    timer = setTimeout(work, 0);
  } else {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(work, 0);
    });
  }
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
