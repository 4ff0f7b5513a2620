package browser

import (
	"os"
	"strings"

	"github.com/go-rod/rod/lib/launcher"
	"github.com/go-rod/rod/lib/launcher/flags"
)

// quietFlags keep Chromium off the network: no GPU, QUIC, first-run, background, component or
// sync traffic (stack notes). The resolver rules do the rest.
var quietFlags = []flags.Flag{
	"disable-gpu", "disable-quic", "no-first-run", "disable-background-networking",
	"disable-component-update", "disable-sync",
}

// resolverRules makes every host name unresolvable except loopback and the allowed targets,
// so Chromium cannot reach the network even when a page links out.
func resolverRules(allow []string) string {
	rules := []string{"MAP * ~NOTFOUND", "EXCLUDE localhost", "EXCLUDE 127.0.0.1"}
	for _, h := range allow {
		h = strings.TrimSpace(h)
		if h == "" || h == "localhost" || h == "127.0.0.1" {
			continue
		}
		rules = append(rules, "EXCLUDE "+h)
	}
	return strings.Join(rules, " , ")
}

// configure sets every flag explicitly, so rod's process-wide defaults (its "-rod" command line
// flag: show, devtools, proxy, bin, dir) cannot change how docdrift launches the browser.
func configure(l *launcher.Launcher, bin, profile string, opts Options) {
	l.Bin(bin).
		UserDataDir(profile).
		Leakless(true).
		Headless(!opts.Show).
		Set(flags.RemoteDebuggingPort, "0").
		Delete(flags.ProxyServer).
		Delete("auto-open-devtools-for-tabs").
		Set("host-resolver-rules", resolverRules(opts.AllowHosts))
	if os.Geteuid() == 0 {
		l.NoSandbox(true) // Chromium refuses to start sandboxed as root
	}
	for _, f := range quietFlags {
		l.Set(f)
	}
}
