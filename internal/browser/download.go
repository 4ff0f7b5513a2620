package browser

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/go-rod/rod/lib/proto"
)

// Download is a file the page made the browser save.
type Download struct {
	Name string // the name the server or link suggested
	URL  string
	Data []byte
}

// ExpectDownload arms a wait for the next download the session's page starts. Arm it before
// the click: Chromium announces the download only once. When a started download fails, the
// wait returns its Name and URL with the error.
func (s *Session) ExpectDownload() (wait func(ctx context.Context) (Download, error)) {
	armCtx, disarm := context.WithCancel(s.lease)
	var begin *proto.BrowserDownloadWillBegin
	var state proto.BrowserDownloadProgressState
	frame := proto.PageFrameID(s.Page.TargetID)
	events := s.incognito.Context(armCtx).EachEvent(
		func(e *proto.BrowserDownloadWillBegin) {
			if begin == nil && e.FrameID == frame {
				begin = e
			}
		},
		func(e *proto.BrowserDownloadProgress) bool {
			if begin == nil || e.GUID != begin.GUID {
				return false
			}
			state = e.State
			return state != proto.BrowserDownloadProgressStateInProgress
		})
	return func(ctx context.Context) (Download, error) {
		defer disarm()
		done := make(chan struct{})
		go func() { defer close(done); events() }()
		select {
		case <-done:
		case <-ctx.Done():
			disarm()
			<-done
			if begin != nil {
				return Download{}, fmt.Errorf("download %q did not finish: %w", begin.SuggestedFilename, ctx.Err())
			}
			return Download{}, fmt.Errorf("no download started: %w", ctx.Err())
		}
		if begin == nil && armCtx.Err() != nil {
			return Download{}, errors.New("no download started before the session was reset or closed")
		}
		if begin == nil {
			return Download{}, fmt.Errorf("download did not complete (state %q)", state)
		}
		if state != proto.BrowserDownloadProgressStateCompleted {
			// Name and URL say what failed, so a caller can try it again.
			return Download{Name: begin.SuggestedFilename, URL: begin.URL},
				fmt.Errorf("download %q did not complete (state %q)", begin.SuggestedFilename, state)
		}
		path := filepath.Join(s.downloads, begin.GUID) // allowAndName saves under the GUID
		data, err := os.ReadFile(path)
		if err != nil {
			return Download{}, fmt.Errorf("read download %q: %w", begin.SuggestedFilename, err)
		}
		_ = os.Remove(path)
		return Download{Name: begin.SuggestedFilename, URL: begin.URL, Data: data}, nil
	}
}
