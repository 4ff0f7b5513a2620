package steps

import "testing"

// "Use the **X** dropdown to select **Y**" picks Y in X; "Check **A** and **B**" ticks both.
func TestControlsNamedWithWhatToDoWithThem(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Authentication</title>
		<label>Auth Mode <select><option>Database</option><option>OIDC</option></select></label>
		<fieldset><legend>Scopes</legend>
		<label><input type="checkbox" name="read"> Read</label>
		<label><input type="checkbox" name="write"> Write</label>
		<label><input type="checkbox" name="admin"> Admin</label></fieldset>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	performChecked(t, s, ctx, []checked{
		{"Use the **Auth Mode** drop-down menu to select **OIDC**.",
			`() => document.querySelector("select").value`, "OIDC"},
		{"Check **Read** and **Write**.",
			`() => [...document.querySelectorAll("input:checked")].map(b => b.name).join(",")`, "read,write"},
	})
}

// "Clear the **Description** field" empties it; "Refresh the page" loads it again.
func TestTheBrowsersOwnActs(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Token</title>
		<label>Description <input value="nightly sync"></label>
		<p id="loads"></p>
		<script>
		const n = Number(sessionStorage.getItem("loads") || 0) + 1;
		sessionStorage.setItem("loads", n);
		document.getElementById("loads").textContent = "Loaded " + n + " times";
		</script>`})
	s, ctx := scenarioAt(t, url, Config{})
	s.loggedIn = true
	performChecked(t, s, ctx, []checked{
		{"Clear the **Description** field.", `() => document.querySelector("input").value`, ""},
		{"Refresh the page.", `() => document.getElementById("loads").textContent`, "Loaded 2 times"},
	})
}
