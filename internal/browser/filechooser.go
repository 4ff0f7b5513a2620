package browser

import (
	"context"
	"fmt"
	"sync"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"
)

// FileChooser is the computer's file picker a page opened: an "Upload" button that clicks a
// hidden <input type="file">. A headless browser shows no picker; docdrift holds it open
// until a step chooses the files a reader would.
type FileChooser struct {
	page *rod.Page // the tab that opened it
	node proto.DOMBackendNodeID
}

// fileChoosers are the pickers the session's tabs opened, oldest first.
type fileChoosers struct {
	mu     sync.Mutex
	opened []FileChooser
}

// interceptFileChooser asks page to report its file pickers instead of showing them.
func interceptFileChooser(page *rod.Page) error {
	return proto.PageSetInterceptFileChooserDialog{Enabled: true}.Call(page)
}

// fileChooserOpened is the event handler for page's pickers.
func (s *Session) fileChooserOpened(page *rod.Page) func(*proto.PageFileChooserOpened) {
	return func(e *proto.PageFileChooserOpened) {
		s.choosers.mu.Lock()
		defer s.choosers.mu.Unlock()
		s.choosers.opened = append(s.choosers.opened, FileChooser{page: page, node: e.BackendNodeID})
	}
}

// FileChoosers lists the file pickers the page opened so far, oldest first; a caller
// remembers how many it saw before an action to find the ones the action opened.
func (s *Session) FileChoosers() []FileChooser {
	s.choosers.mu.Lock()
	defer s.choosers.mu.Unlock()
	return append([]FileChooser(nil), s.choosers.opened...)
}

// Accepts is what the picker's input says it takes (its accept attribute: "image/*",
// ".csv"), "" when it says nothing or the picker has no input.
func (fc FileChooser) Accepts(ctx context.Context) (string, error) {
	el, err := fc.input(ctx)
	if err != nil || el == nil {
		return "", err
	}
	accept, err := el.Attribute("accept")
	if err != nil || accept == nil {
		return "", err
	}
	return *accept, nil
}

// Choose gives the picker the files at paths, as a reader choosing them would: the input
// changes and the page reacts (uploads them, lists them).
func (fc FileChooser) Choose(ctx context.Context, paths []string) error {
	el, err := fc.input(ctx)
	if err != nil {
		return err
	}
	if el == nil {
		return fmt.Errorf("the file picker belongs to no file input")
	}
	if err := el.SetFiles(paths); err != nil {
		return fmt.Errorf("choose a file in the picker: %w", err)
	}
	return nil
}

// input is the <input type="file"> that opened the picker, nil when it came from elsewhere
// (the File System Access API).
func (fc FileChooser) input(ctx context.Context) (*rod.Element, error) {
	if fc.node == 0 {
		return nil, nil
	}
	el, err := fc.page.Context(ctx).ElementFromNode(&proto.DOMNode{BackendNodeID: fc.node})
	if err != nil {
		return nil, fmt.Errorf("find the file picker's input: %w", err)
	}
	return el, nil
}
