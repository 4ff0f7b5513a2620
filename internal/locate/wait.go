package locate

import (
	"context"
	"time"

	"github.com/go-rod/rod"
)

// changeJS resolves on the page's next DOM change, or after a short while for changes no
// mutation reports (a CSS transition revealing a menu).
const changeJS = `function () {
  return new Promise((resolve) => {
    const done = () => { observer.disconnect(); clearTimeout(timer); resolve(); };
    const observer = new MutationObserver(done);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = setTimeout(done, 250);
  });
}`

// waitForChange returns when the page may show something new, or ctx's error when the wait
// is over. After a failed round-trip (a navigation replaced the document) it backs off briefly
// instead, so a page that keeps failing is not hammered.
func waitForChange(ctx context.Context, page *rod.Page, lastErr error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if lastErr == nil {
		if _, err := page.Context(ctx).Evaluate(rod.Eval(changeJS).ByPromise()); err == nil || ctx.Err() != nil {
			return ctx.Err()
		}
	}
	t := time.NewTimer(50 * time.Millisecond)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
