import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface User {
    region: string;
    sid: string;
    expiresAt: number;
  }
  interface Session {
    user: { email: string; name: string; region: string };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    region?: string;
    sid?: string;
    expiresAt?: number;
  }
}
