package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/docdrift/docdrift/internal/config"
	"github.com/docdrift/docdrift/internal/results"
	"github.com/docdrift/docdrift/internal/runner"
	"github.com/docdrift/docdrift/steps"
)

// runTarget is one target of a run and the docs routed to it.
type runTarget struct {
	spec targetSpec
	// product is the [[product]] the target is, "" for the run's own target: --base-url,
	// [target], or the embedded simulator.
	product string
	plans   []runner.Plan
}

// routeTargets splits the plans between the run's targets: a doc about a [[product]] with a
// base_url runs on that product's target, each product's docs together; every other doc is
// the run's own target's, to run or to report "not checked here". The run's own target comes
// first, and only when docs are left for it (or no product has a target).
func routeTargets(plans []runner.Plan, file *config.File, own targetSpec) []*runTarget {
	home := &runTarget{spec: own}
	var out []*runTarget
	byProduct := map[*config.Product]*runTarget{}
	for _, p := range plans {
		var prod *config.Product
		if file != nil {
			prod = file.About(p.Doc.Path)
		}
		if prod == nil || prod.Login.BaseURL == nil {
			home.plans = append(home.plans, p)
			continue
		}
		t := byProduct[prod]
		if t == nil {
			spec := productSpec(prod)
			if spec.credentials == "" && spec.session == "" {
				// "--credentials FILE" given to the run serves a product whose config names
				// no file of its own: the error for none says to give it.
				spec.credentials = own.credentials
			}
			t = &runTarget{spec: spec, product: prod.Name}
			byProduct[prod] = t
			out = append(out, t)
		}
		t.plans = append(t.plans, p)
	}
	if len(home.plans) > 0 || len(out) == 0 {
		out = append([]*runTarget{home}, out...)
	}
	return out
}

// productSpec is how to open a [[product]]'s target: where it runs, its credentials or saved
// session, and its profile.
func productSpec(p *config.Product) targetSpec {
	prof := p.Profile()
	spec := targetSpec{baseURL: prof.BaseURL, userVar: userVar, passVar: passVar, profile: &prof,
		credentials: deref(p.Login.CredentialsFile), session: deref(p.Login.SessionFile)}
	if p.Login.UsernameEnv != nil {
		spec.userVar = *p.Login.UsernameEnv
	}
	if p.Login.PasswordEnv != nil {
		spec.passVar = *p.Login.PasswordEnv
	}
	spec.baseURLVar = deref(p.Login.BaseURLEnv)
	return spec
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// what names a target in messages: its product, or the flag that gave it.
func (rt *runTarget) what() string {
	if rt.product != "" {
		return fmt.Sprintf("[[product]] %q", rt.product)
	}
	return "--base-url"
}

// resolveProduct turns --product NAME into the target spec of that [[product]] of the config
// file (--config, else the docdrift.toml found from the working directory up).
func (t *targetFlags) resolveProduct(cmd string) error {
	if t.product == "" {
		return nil
	}
	if t.spec.baseURL != "" {
		return usageError{fmt.Errorf("%s: --product and --base-url both name a target: give one", cmd)}
	}
	file, err := loadConfig(t.config, []string{"."})
	if err != nil {
		return err
	}
	if file == nil {
		return usageError{fmt.Errorf("%s: --product %q: no docdrift.toml here or in a parent folder (--config names one)", cmd, t.product)}
	}
	var names []string
	for i := range file.Product {
		p := &file.Product[i]
		if !strings.EqualFold(p.Name, t.product) {
			names = append(names, fmt.Sprintf("%q", p.Name))
			continue
		}
		if p.Login.BaseURL == nil {
			return usageError{fmt.Errorf("%s: %s:%d:%d: [[product]] %q has no base_url: nothing to %s", cmd, file.Path, p.Line, p.Col, p.Name, cmd)}
		}
		t.spec = productSpec(p)
		t.productStepTimeout = file.Run.StepTimeout
		return nil
	}
	return usageError{fmt.Errorf("%s: %s has no [[product]] named %q (it has %s)", cmd, file.Path, t.product, strings.Join(names, ", "))}
}

// warnUnkept says which subjects of a target nothing makes or removes: cleaning up after the
// procedures that create one is the user's.
func warnUnkept(w io.Writer, cmd, product string, subjects steps.Subjects) {
	for _, name := range subjects.Unkept() {
		fmt.Fprintf(w, "%s: %s: nothing makes or removes %ss here (its profile gives no api or pages for them): removing what the procedures create is yours\n", cmd, product, name)
	}
}

// mergeResults adds a target's results to the run's, keeping the docs' order of plans.
func mergeResults(into, r *results.Result, plans []runner.Plan) *results.Result {
	switch {
	case r == nil:
		return into
	case into == nil:
		return r
	}
	into.Procedures = append(into.Procedures, r.Procedures...)
	into.Duration += r.Duration
	into.Spent.Add(r.Spent)
	into.Leftovers = strings.Join(slices.DeleteFunc([]string{into.Leftovers, r.Leftovers}, func(s string) bool { return s == "" }), "; ")
	order := map[string]int{}
	for i, p := range plans {
		if _, ok := order[p.Doc.Path]; !ok {
			order[p.Doc.Path] = i
		}
	}
	slices.SortStableFunc(into.Procedures, func(a, b results.Procedure) int { return order[a.Doc] - order[b.Doc] })
	return into
}
