// Strapi's admin asks GitHub for its latest release on every page load; a real target here
// contacts nothing but 127.0.0.1, so that look-up is off. Everything else is Strapi's default.
export default {
  config: {
    notifications: { releases: false },
  },
};
