// The widget's canvas (`part="wheel"`): holds the core's last picture of the wheel at every moment,
// so that the page's styles apply to what is shown and whatever reads the canvas (toDataURL, a
// report's html2canvas, captureStream) gets the wheel.
export class CanvasPresenter {
  constructor(canvas) {
    this.canvas = canvas;
    this.context = null;
  }

  // The core's picture, in the task that drew it: the page surface's top-left corner (a canvas
  // whose drawing buffer does not outlive the task), or pixels drawn on the CPU (ImageData).
  show(picture, width, height) {
    const canvas = this.canvas;
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const ctx = this.context || (this.context = canvas.getContext('2d'));
    if (!ctx) return;
    if (picture instanceof ImageData) {
      ctx.putImageData(picture, 0, 0);
      return;
    }
    // 'copy' replaces the pixels, transparent ones included, with no clear before it. Set at each
    // picture: a change of the canvas's size resets the context's state.
    ctx.globalCompositeOperation = 'copy';
    ctx.drawImage(picture, 0, 0, width, height, 0, 0, width, height);
  }
}
