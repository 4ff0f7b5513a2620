// Command docdrift proves that how-to documentation still matches the product: it reads the
// numbered procedures of Markdown docs, turns them into Gherkin scenarios and runs them in a
// headless browser against the store control panel.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/docdrift/docdrift/internal/formats"
	"github.com/docdrift/docdrift/internal/redact"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	e := newEnv(os.Stdout, os.Stderr)
	// Taken before anything starts, not in the goroutine: a signal that came before it was
	// scheduled killed the process outright, leaving what it had begun.
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go onSignals(sigs, cancel, e.quit, os.Stderr)
	err := e.dispatch(ctx, os.Args[1:])
	os.Exit(exitCode(err, os.Stderr))
}

// onSignals stops the command on SIGINT or SIGTERM, letting it delete what it created and
// write the reports gathered so far; a second signal ends the process at once, doing only
// what quit holds (leakless takes Chromium down too, but not its profile).
func onSignals(sigs <-chan os.Signal, stop context.CancelFunc, quit *quitList, stderr io.Writer) {
	sig := <-sigs
	fmt.Fprintf(stderr, "\ndocdrift: %v: stopping, cleaning up and writing reports (again to quit at once)\n", sig)
	stop()
	<-sigs
	fmt.Fprintln(stderr, "docdrift: quitting at once: accounts this run created may be left (docdrift sweep deletes them)")
	quit.run(3 * time.Second)
	os.Exit(exitInterrupted)
}

// env is everything a command touches outside its arguments, so tests can supply their own.
type env struct {
	stdout, stderr io.Writer
	getenv         func(string) string
	now            func() time.Time
	formats        []formats.Format // the output formats the commands offer
	quit           *quitList        // what a forced quit still does
}

func newEnv(stdout, stderr io.Writer) *env {
	return &env{stdout: stdout, stderr: stderr, getenv: os.Getenv, now: time.Now, formats: formats.All(), quit: &quitList{}}
}

// redacting is e with every secret that secrets learns kept out of its output.
func (e *env) redacting(secrets *redact.Secrets) *env {
	r := *e
	r.stdout, r.stderr = secrets.Writer(e.stdout), secrets.Writer(e.stderr)
	return &r
}

// command is one subcommand: its one-line summary for the help text and its entry point.
type command struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

func commands() map[string]command {
	return map[string]command{
		"lint":    {"report problems in docs without starting a browser", runLint},
		"login":   {"log into a control panel once and save the session for later runs", runLogin},
		"explain": {"print how docdrift reads each sentence of the docs' procedures", runExplain},
		"gen":     {"write one Gherkin feature per doc into features/", runGen},
		"panel":   {"serve the embedded store control panel simulator", runPanel},
		"record":  {"write a procedure from what you do in the product (or a --script)", runRecord},
		"report":  {"merge the reports of CI shards into one (report merge)", runReport},
		"run":     {"perform the docs' procedures in Chromium and report drift", runRun},
		"sweep":   {"delete accounts earlier runs left behind (docdrift-<run id>- names)", runSweep},
		"watch":   {"run the docs again on every save, only what changed, with a live report", runWatch},
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return newEnv(stdout, stderr).dispatch(ctx, args)
}

func (e *env) dispatch(ctx context.Context, args []string) error {
	if len(args) == 0 {
		e.usage(e.stderr)
		return usageError{errors.New("no command given")}
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 { // "help run" is "run -h"
			if cmd, ok := commands()[args[1]]; ok {
				err := cmd.run(ctx, e, []string{"-h"})
				if errors.Is(err, flag.ErrHelp) {
					return nil
				}
				return err
			}
		}
		e.usage(e.stdout)
		return nil
	case "version", "--version":
		fmt.Fprintln(e.stdout, "docdrift", version())
		return nil
	}
	cmd, ok := commands()[name]
	if !ok {
		e.usage(e.stderr)
		return usageError{fmt.Errorf("unknown command %q", name)}
	}
	err := cmd.run(ctx, e, args[1:])
	if ctx.Err() != nil && !errors.As(err, new(interruptedError)) {
		// Whatever the command was doing when the signal came, CI must see a cancelled job
		// (130), not a failure or a success.
		if err == nil || errors.Is(err, ctx.Err()) {
			err = fmt.Errorf("%s: stopped by a signal", name)
		} else {
			err = fmt.Errorf("%s: stopped by a signal: %w", name, err)
		}
		err = interruptedError{err}
	}
	return err
}

// hasDisplay reports whether a window can be opened: login and record open one when it can.
func (e *env) hasDisplay() bool {
	return e.getenv("DISPLAY") != "" || e.getenv("WAYLAND_DISPLAY") != ""
}
