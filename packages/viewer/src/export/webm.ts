/** Options of a WebM recording of the animation. */
export interface RecordOptions {
  /** Frames per second captured from the canvas. Default 30. */
  fps?: number;
  /** Stop after this many ms of wall-clock time even if the animation has not ended. Default 20,000. */
  maxDurationMs?: number;
  /** Video bitrate in bits per second. Default 4,000,000. */
  bitsPerSecond?: number;
}

/** The hooks the recorder drives: start the animation, and learn when it ends. */
export interface RecordTarget {
  canvas: HTMLCanvasElement;
  /** Starts playing from the beginning; calls `done` once when the end is reached. */
  start(done: () => void): void;
  /** Stops playing. */
  stop(): void;
}

/** Records the animation as WebM with MediaRecorder on `canvas.captureStream()`; rejects where unsupported. */
export function recordWebM(target: RecordTarget, options: RecordOptions = {}): Promise<Blob> {
  const { canvas } = target;
  if (typeof MediaRecorder === 'undefined' || typeof canvas.captureStream !== 'function') {
    return Promise.reject(
      new Error('bridgegraph/viewer: this browser cannot record the canvas (MediaRecorder or captureStream is missing).'),
    );
  }
  const type = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].find((t) => MediaRecorder.isTypeSupported(t));
  if (!type) return Promise.reject(new Error('bridgegraph/viewer: this browser cannot record WebM.'));
  return new Promise((resolve, reject) => {
    const stream = canvas.captureStream(options.fps ?? 30);
    const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: options.bitsPerSecond ?? 4_000_000 });
    const chunks: Blob[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    recorder.onerror = () => reject(new Error('bridgegraph/viewer: the recording failed.'));
    recorder.onstop = () => {
      for (const track of stream.getTracks()) track.stop();
      resolve(new Blob(chunks, { type: 'video/webm' }));
    };
    const finish = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      target.stop();
      if (recorder.state !== 'inactive') recorder.stop();
    };
    recorder.start(250);
    timer = setTimeout(finish, options.maxDurationMs ?? 20_000);
    target.start(finish);
  });
}
