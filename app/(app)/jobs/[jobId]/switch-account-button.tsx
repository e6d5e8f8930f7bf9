import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { signInUrl } from '@/lib/sign-in-url';

export function SwitchAccountButton({ callbackUrl }: { callbackUrl: string }) {
  return (
    <Link href={signInUrl(callbackUrl)} className={buttonClasses('primary')}>
      Sign in with another key or region
    </Link>
  );
}
