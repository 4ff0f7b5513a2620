package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/config"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/docdrift/docdrift/steps"
)

// loadConfig reads the config file named by --config, else the docdrift.toml found by walking
// up from the first doc; nil when there is none. Its problems are usage errors at its lines.
func loadConfig(explicit string, paths []string) (*config.File, error) {
	path := explicit
	if path == "" && len(paths) > 0 {
		start := paths[0]
		if info, err := os.Stat(start); err != nil || !info.IsDir() {
			start = filepath.Dir(start)
		}
		found, err := config.Find(start)
		if err != nil {
			return nil, usageError{fmt.Errorf("config: %w", err)}
		}
		path = found
	}
	if path == "" {
		return nil, nil
	}
	file, err := config.Load(path, config.Checks{
		Era:   func(era string) error { _, err := panel.ParseEra(era); return err },
		Given: func(given string) bool { return understand.Read(given).Understood() },
	})
	if err != nil {
		return nil, usageError{err}
	}
	return file, nil
}

// applyConfig fills in every run flag the command line left unset from the file: flags
// override the file, the file overrides defaults.
func applyConfig(flags *flag.FlagSet, f *runFlags, file *config.File) {
	set := map[string]bool{}
	flags.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	str := func(name string, dst *string, v *string) {
		if v != nil && !set[name] {
			*dst = *v
		}
	}
	t, r, spec := file.Target, file.Run, &f.target.spec
	str("base-url", &spec.baseURL, t.BaseURL)
	str("credentials", &spec.credentials, t.CredentialsFile)
	str("session", &spec.session, t.SessionFile)
	str("era", &spec.era, t.Era)
	if r.StepTimeout != nil && !set["step-timeout"] {
		f.stepTimeout = *r.StepTimeout
	}
	if r.Concurrency != nil && !set["concurrency"] {
		f.concurrency = *r.Concurrency
	}
	if r.Retries != nil && !set["retries"] {
		f.retries = *r.Retries
	}
	if r.IncludeStruck != nil && !set["include-struck"] {
		f.includeStruck = *r.IncludeStruck
	}
	if t.UsernameEnv != nil {
		spec.userVar = *t.UsernameEnv
	}
	if t.PasswordEnv != nil {
		spec.passVar = *t.PasswordEnv
	}
}

// vocabulary gives the steps the file's scope choice, icon synonyms and label aliases.
func vocabulary(file *config.File, cfg *steps.Config) {
	if file == nil {
		return
	}
	v := file.Vocabulary
	if v.MinimalScope != nil {
		cfg.Scope = *v.MinimalScope
	}
	cfg.Icons, cfg.Aliases = v.Icons, v.Aliases
}

// docOptions reads docs as the config file says: where their includes live.
func docOptions(file *config.File) docsparse.Options {
	if file == nil {
		return docsparse.Options{}
	}
	return docsparse.Options{Include: file.Include}
}
