// The page side of probe.ts: runs the reader on the document once per call.
import { createReaderCache, disposeReaderCache, readPage } from '../../entrypoints/portal.content/reader';
import { observedOf } from './score';

(window as unknown as { __gongjuProbe: () => unknown }).__gongjuProbe = () => {
  const cache = createReaderCache();
  try {
    const location = { hash: window.location.hash, pathname: window.location.pathname, host: window.location.host };
    const read = readPage(document, { location, cache });
    return observedOf(read);
  } finally {
    disposeReaderCache(cache);
  }
};
