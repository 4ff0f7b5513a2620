package understand

import "testing"

// The kind of value a field the doc gives none for takes, by the field's name or what the
// doc says to put there (Strapi's email templates and advanced settings, testdata/real).
func TestValueAsked(t *testing.T) {
	tests := []struct {
		sentence, field, want string
	}{
		{"Shipper email | Indicate the email address of the shipper of the email.", "Shipper email", "email"},
		{"Reset password page | Indicate the URL of the reset password page.", "Reset password page", "url"},
		{"Redirection url | Indicate the page's address.", "Redirection url", "url"},
		{"Contact | Write the e-mail address to answer.", "Contact", "email"},
		{"Subject | Write the subject of the email.", "Subject", ""},
		{"Shipper name | Indicate the name of the shipper of the email.", "Shipper name", ""},
		// A name typed into Medusa's "Tax rate" became -12,071,708,279,421.00.
		{"Enter the tax rate.", "Tax rate", "number"},
		{"Enter the price of the variant.", "Price", "number"},
	}
	for _, tt := range tests {
		m := Read(tt.sentence)
		if len(m.Acts) != 1 || m.Acts[0].Verb != Enter {
			t.Fatalf("Read(%q) = %v, want one field to fill", tt.sentence, m)
		}
		if got := ValueAsked(tt.field, m.Acts[0]); got != tt.want {
			t.Errorf("ValueAsked(%q, %q) = %q, want %q", tt.field, tt.sentence, got, tt.want)
		}
	}
	// A label that names a password, and ones that only mention passwords.
	for field, want := range map[string]string{
		"Password": "password", "Current password": "password", "New password*": "password",
		"Password confirmation": "password", "Password (again)": "password",
		"Reset password page": "", "Password policy": "", "Username": "",
	} {
		if got := ValueAsked(field, Act{}); got != want {
			t.Errorf("ValueAsked(%q) = %q, want %q", field, got, want)
		}
	}
}

func TestAsksOwn(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"First name | Write your first name in the textbox.", true},
		{"Email | Write your complete email address in the textbox.", true},
		{"First name | Write the administrator's first name in the textbox.", false},
		{"Username | (optional) Write a username in the textbox.", false},
		{"Password | Write your new password in the textbox.", false},
	}
	for _, tt := range tests {
		m := Read(tt.sentence)
		if len(m.Acts) != 1 || m.Acts[0].Verb != Enter {
			t.Fatalf("Read(%q) = %v, want one field to fill", tt.sentence, m)
		}
		if got := AsksOwn(m.Acts[0]); got != tt.want {
			t.Errorf("AsksOwn(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
