package steps

import "github.com/docdrift/docdrift/internal/browser"

// Screenshot captures sess's visible page as a run's step pictures are taken: every
// credential it shows masked (password fields, cfg's secrets and its product's secret
// shapes); nil when the page cannot be captured or read. docdrift record takes its pictures
// with it, so they hide what a run's hide.
func Screenshot(sess *browser.Session, cfg *Config) []byte {
	s := &Scenario{cfg: cfg, session: sess}
	return s.screenshot()
}
