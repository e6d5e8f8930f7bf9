import { buttonClasses } from '@/components/ui/button';
import { signOutForm } from '@/lib/api/api-client';
import { switchAccount } from './switch-account';

export function SwitchAccountButton({ callbackUrl }: { callbackUrl: string }) {
  return (
    <form action={switchAccount} {...signOutForm}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <button type="submit" className={buttonClasses('primary')}>
        Sign out and sign in with another key or region
      </button>
    </form>
  );
}
