package browser

import (
	"reflect"
	"testing"

	"github.com/go-rod/rod/lib/proto"
)

// feed hands events to the activity as the session's event loop does.
func feed(t *testing.T, a *activity, events ...any) {
	t.Helper()
	for _, e := range events {
		handled := false
		for _, h := range a.handlers() {
			fn := reflect.ValueOf(h)
			if fn.Type().In(0) == reflect.TypeOf(e) {
				fn.Call([]reflect.Value{reflect.ValueOf(e)})
				handled = true
			}
		}
		if !handled {
			t.Fatalf("no handler for %T", e)
		}
	}
}

func documentSent(frame proto.PageFrameID, id proto.NetworkRequestID, url string) *proto.NetworkRequestWillBeSent {
	return &proto.NetworkRequestWillBeSent{RequestID: id, FrameID: frame, Type: proto.NetworkResourceTypeDocument,
		Request: &proto.NetworkRequest{URL: url}}
}

// A frame's document that Chromium stops reporting — replaced by the frame's next document,
// or gone with its frame — is no longer in flight. Chromium says nothing more of the one a
// frame replaced only now and then (under load), so the browser test of the same thing could
// pass by luck; here the events are exactly the unlucky ones.
func TestDocumentsChromiumStopsReportingAreNotInFlight(t *testing.T) {
	const main, inner proto.PageFrameID = "main", "inner"
	framed := []any{
		documentSent(main, "page", "http://127.0.0.1/framed"),
		&proto.NetworkLoadingFinished{RequestID: "page"},
		documentSent(inner, "streaming", "http://127.0.0.1/streaming"),
	}
	tests := []struct {
		name        string
		start, then []any
	}{
		{"the page is replaced", []any{documentSent(main, "streaming", "http://127.0.0.1/streaming")}, []any{
			documentSent(main, "next", "http://127.0.0.1/next"),
			&proto.NetworkLoadingFinished{RequestID: "next"},
		}},
		{"a frame's document is replaced", framed, []any{
			documentSent(inner, "next", "http://127.0.0.1/next"),
			&proto.NetworkLoadingFinished{RequestID: "next"},
		}},
		{"the frame is removed", framed, []any{
			&proto.PageFrameDetached{FrameID: inner},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newActivity(main)
			feed(t, a, tt.start...)
			if !a.now().busy {
				t.Fatal("a document still arriving is not counted in flight")
			}
			feed(t, a, tt.then...)
			if a.now().busy {
				t.Errorf("still busy: %v", a.inflight)
			}
		})
	}
}
