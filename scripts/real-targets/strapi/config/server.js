// docdrift's real target binds loopback only: nothing here may be reached from elsewhere.
module.exports = ({ env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  app: {
    keys: env.array('APP_KEYS'),
  },
  // No look-up of newer releases: the target stays on 5.54.0 and contacts nothing.
  logger: {
    updates: {
      enabled: false,
    },
  },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
});
