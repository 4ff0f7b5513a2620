// Medusa's configuration for docdrift's real target; scripts/real-targets/medusa.sh sets every
// value from the environment at build and start (no .env file: its secrets stay in an
// owner-only file in the cache).
import { loadEnv, defineConfig } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS!,
      adminCors: process.env.ADMIN_CORS!,
      authCors: process.env.AUTH_CORS!,
      jwtSecret: process.env.JWT_SECRET!,
      cookieSecret: process.env.COOKIE_SECRET!,
    },
    // It is served over plain HTTP on 127.0.0.1: a production build's session cookie is
    // Secure, which express-session does not set over HTTP, and the admin signs in by session.
    cookieOptions: { secure: false },
  },
})
