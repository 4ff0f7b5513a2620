package steps

import (
	"context"
	"fmt"

	"github.com/go-rod/rod/lib/proto"
)

// reloads is how often a page that answered a server error is loaded again, as a reader
// would, before the step gives up: panels have bad moments that are nobody's drift. The step
// timeout bounds the whole.
const reloads = 2

// settle checks the page a navigation loaded and loads it again after a server error, as a
// reader would. A form's POST is sent again too: a 5xx answer means it did not take effect,
// and should it have, cleanup deletes accounts by their run-scoped name, duplicates included.
func (s *Scenario) settle(ctx context.Context) error {
	page := s.session.Page.Context(ctx)
	failed := map[string]int{} // a reload can land elsewhere: a redirect to another page
	for {
		res, err := page.Eval(`() => {
			const n = performance.getEntriesByType('navigation')[0];
			return {status: n ? n.responseStatus : 0, url: location.href,
				login: document.querySelector('input[type=password]') !== null};
		}`)
		if err != nil {
			return fmt.Errorf("read the loaded page's status: %w", err)
		}
		status, url := res.Value.Get("status").Int(), res.Value.Get("url").Str()
		if s.loggedIn && res.Value.Get("login").Bool() {
			// Not drift: the panel logged the run out (an expired or revoked session).
			return fmt.Errorf("the control panel asked to log in again at %s: the session expired or was revoked", url)
		}
		if status < 500 {
			return nil
		}
		failed[url]++
		if failed[url] > reloads {
			return fmt.Errorf("the control panel answered HTTP %d for %s", status, url)
		}
		wait := page.WaitNavigation(proto.PageLifecycleEventNameLoad)
		if err := page.Reload(); err != nil {
			return fmt.Errorf("reload %s: %w", url, err)
		}
		wait()
		if ctx.Err() != nil {
			return fmt.Errorf("reload %s: the page did not finish loading: %w", url, ctx.Err())
		}
	}
}
