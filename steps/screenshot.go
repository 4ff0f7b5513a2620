package steps

import (
	"context"
	"time"

	"github.com/go-rod/rod/lib/proto"
)

// maskJS covers each box with a solid one before a capture; boxes in a modal dialog are
// drawn inside it, since a modal dialog sits in the top layer, above any z-index.
const maskJS = `function (boxes) {
	for (const b of boxes) {
		const box = document.createElement("div");
		box.setAttribute("data-docdrift-mask", "");
		box.style.cssText = "position:fixed;z-index:2147483647;background:#333;pointer-events:none;" +
			"left:" + b.x + "px;top:" + b.y + "px;width:" + b.w + "px;height:" + b.h + "px";
		((b.dialog && document.querySelector("dialog[open]")) || document.documentElement).appendChild(box);
	}
}`

const unmaskJS = `function () {
	for (const b of document.querySelectorAll('[data-docdrift-mask]')) b.remove();
}`

// screenshot captures the visible page with every credential it shows masked (see
// secretsOnPageJS); nil when the page cannot be captured or read (a report without a picture
// beats a report that never arrives, and an unmasked picture is never an option).
func (s *Scenario) screenshot() []byte {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	page := s.session.Page.Context(ctx)
	boxes, ok := s.shownSecrets(ctx)
	if !ok {
		return nil
	}
	if _, err := page.Eval(maskJS, boxes); err != nil {
		return nil
	}
	defer func() { _, _ = page.Eval(unmaskJS) }()
	// Encoded for speed: a third faster for a PNG a fifth larger, and a run takes many.
	shot, err := page.Screenshot(false, &proto.PageCaptureScreenshot{Format: proto.PageCaptureScreenshotFormatPng, OptimizeForSpeed: true})
	if err != nil {
		return nil
	}
	return shot
}
