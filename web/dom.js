// Building the shadow DOM. Text only ever goes in through textContent, so nothing from a profile
// is parsed as HTML.
import STYLE from './styles.css';

export function el(tag, props, text) {
  const node = document.createElement(tag);
  if (props) for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v; else node.setAttribute(k, v);
  }
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// Constructable stylesheets are CSSOM, which a strict CSP (no style-src 'unsafe-inline') allows;
// a <style> element is the fallback for browsers without them. One sheet serves every widget.
let sheet = null;
export function adoptStyles(root) {
  try {
    if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(STYLE); }
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = STYLE;
    root.append(style);
  }
}
