package target

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/docdrift/docdrift/internal/panel"
)

// Embedded is the simulator served on a loopback port for one run.
type Embedded struct {
	URL    string
	Server *panel.Server
	API    TestAPI
	http   *http.Server
	done   chan error
}

// StartEmbedded serves a simulator built from opts on 127.0.0.1 at a free port.
func StartEmbedded(opts panel.Options) (*Embedded, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("start the embedded control panel: %w", err)
	}
	srv := panel.New(opts)
	e := &Embedded{
		URL:    "http://" + ln.Addr().String(),
		Server: srv,
		http:   &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second},
		done:   make(chan error, 1),
	}
	e.API = TestAPI{BaseURL: e.URL}
	go func() { e.done <- e.http.Serve(ln) }()
	return e, nil
}

// Close stops serving, waiting a little for requests in flight.
func (e *Embedded) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	err := e.http.Shutdown(ctx)
	if serr := <-e.done; !errors.Is(serr, http.ErrServerClosed) {
		err = errors.Join(err, serr)
	}
	return err
}
