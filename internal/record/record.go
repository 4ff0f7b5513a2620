// Package record writes a how-to procedure from what a writer does in the product: each
// click, choice and text entry in a browser page becomes a numbered Markdown step in the
// docs' house style — labels in bold, menu paths as breadcrumbs, "This will display the
// **X** page." after a navigation — worded so that docdrift reads it back and a run finds
// every control it names. A script of actions (ParseScript, Perform) stands in for the writer
// in tests and headless use; the page's own capture is what is written down either way.
package record

import (
	"context"
	"errors"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
)

// Options say how to record.
type Options struct {
	// Script, when set, is performed instead of waiting for a writer to act in the window.
	Script []Action
	// StepTimeout bounds each scripted action; 0 is 15 s.
	StepTimeout time.Duration
	// Shot, when set, takes the picture of the page after each act (masked).
	Shot func() []byte
}

// Take is what a recording captured.
type Take struct {
	Events []Event
	Shots  map[int][]byte // event index → the picture taken after it
	End    Place          // the page after the last act
}

// ShotOf is the picture of steps[i]: the last one taken after one of its events (a step may
// hold events whose acts came with the next act's, like a field's entry reported again when
// it loses focus), nil when there is none.
func (t Take) ShotOf(steps []Step, i int) []byte {
	first := 0
	if i > 0 {
		first = steps[i-1].Event + 1
	}
	for k := steps[i].Event; k >= first; k-- {
		if shot, ok := t.Shots[k]; ok {
			return shot
		}
	}
	return nil
}

// Record captures what happens in sess's page: the script's actions, else the writer's until
// the window closes or ctx ends. It returns what was captured so far with any error — a
// script line that failed, ctx's — so that nothing recorded is lost.
func Record(ctx context.Context, sess *browser.Session, opts Options) (Take, error) {
	take := Take{Shots: map[int][]byte{}}
	c, err := Start(ctx, sess)
	if err != nil {
		return take, err
	}
	defer c.Close()
	seen := 0
	// after notes what an act caused: the events it produced, and the page's picture once
	// the page has settled.
	after := func(ctx context.Context) error {
		// A page that navigated away meanwhile cannot answer: its reports arrived all the same.
		if err := c.Sync(ctx); err != nil && (errors.Is(err, ErrClosed) || ctx.Err() != nil) {
			return err
		}
		news := c.Events(seen)
		if len(news) == 0 {
			return nil
		}
		take.Events = append(take.Events, news...)
		seen += len(news)
		if opts.Shot != nil {
			if err := settle(ctx, sess); err != nil {
				return err
			}
			if shot := opts.Shot(); shot != nil {
				take.Shots[seen-1] = shot
			}
		}
		return nil
	}
	if opts.Script != nil {
		err = perform(ctx, sess, opts, after)
	} else {
		err = watch(ctx, c, after)
	}
	if errors.Is(err, ErrClosed) {
		// The writer closed the window: the recording is done, with what arrived.
		take.Events = append(take.Events, c.Events(len(take.Events))...)
		return take, nil
	}
	// What the last act caused, and the page now for its outcome, are read even when ctx
	// ended (Ctrl-C): nothing recorded is lost.
	hctx, cancel := context.WithTimeout(context.Background(), settleWithin)
	defer cancel()
	_ = c.Sync(hctx)
	take.Events = append(take.Events, c.Events(len(take.Events))...)
	_ = settle(hctx, sess)
	take.End = here(hctx, sess)
	return take, err
}

// perform runs the script, noting after each action what it caused.
func perform(ctx context.Context, sess *browser.Session, opts Options, after func(context.Context) error) error {
	timeout := opts.StepTimeout
	if timeout <= 0 {
		timeout = 15 * time.Second
	}
	for _, a := range opts.Script {
		actx, cancel := context.WithTimeout(ctx, timeout)
		err := Perform(actx, sess, a)
		if err == nil {
			err = after(actx)
		}
		cancel()
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return err
		}
	}
	return nil
}

// watch notes the writer's acts as they come, until the window closes or ctx ends.
func watch(ctx context.Context, c *Capture, after func(context.Context) error) error {
	for seen := 0; ; seen = len(c.Events(0)) {
		if err := c.Wait(ctx, seen); err != nil {
			return err
		}
		if err := after(ctx); err != nil {
			return err
		}
	}
}

// here is the page sess shows: its address and main heading.
func here(ctx context.Context, sess *browser.Session) Place {
	var p Place
	res, err := sess.Page.Context(ctx).Eval(`() => { const r = window[Symbol.for("docdrift.record")]; return r && r.here ? r.here() : { url: location.href, heading: "" } }`)
	if err != nil {
		return p
	}
	if err := res.Value.Unmarshal(&p); err != nil {
		return Place{}
	}
	return p
}
