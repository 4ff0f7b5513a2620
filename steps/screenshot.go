package steps

import (
	"context"
	"time"

	"github.com/go-rod/rod/lib/proto"
)

// maskJS hides behind a solid box, before a capture, every password field, every field
// showing a known secret, and every filled field labelled like a credential (Client Secret,
// Access Token, API Token): secrets never reach a screenshot, even before a step reads them.
const maskJS = `function (secrets) {
	const boxes = [];
	for (const el of document.querySelectorAll('input, textarea')) {
		const label = [...(el.labels || [])].map((l) => l.textContent).join(' ') + ' ' +
			(el.getAttribute('aria-label') || '') + ' ' + el.name + ' ' + el.id;
		const secretish = /secret|token|password|api.?key|client.?id/i.test(label) && el.value !== '';
		if (el.type !== 'password' && !secretish && !secrets.includes(el.value)) continue;
		const r = el.getBoundingClientRect();
		const box = document.createElement('div');
		box.setAttribute('data-docdrift-mask', '');
		box.style.cssText = 'position:fixed;z-index:2147483647;background:#333;' +
			'left:' + r.left + 'px;top:' + r.top + 'px;width:' + r.width + 'px;height:' + r.height + 'px';
		// A modal dialog sits in the top layer, above any z-index: mask inside it.
		(el.closest('dialog[open]') || document.documentElement).appendChild(box);
		boxes.push(box);
	}
	return boxes.length;
}`

const unmaskJS = `function () {
	for (const b of document.querySelectorAll('[data-docdrift-mask]')) b.remove();
}`

// screenshot captures the visible page with secrets masked; nil when the page cannot be
// captured (a report without a picture beats a report that never arrives).
func (s *Scenario) screenshot() []byte {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	page := s.session.Page.Context(ctx)
	secrets := []string{s.cfg.Login.Password}
	for _, v := range s.shown {
		secrets = append(secrets, v)
	}
	if _, err := page.Eval(maskJS, secrets); err != nil {
		return nil // unmasked is never an option
	}
	defer func() { _, _ = page.Eval(unmaskJS) }()
	shot, err := page.Screenshot(false, &proto.PageCaptureScreenshot{Format: proto.PageCaptureScreenshotFormatPng})
	if err != nil {
		return nil
	}
	return shot
}
