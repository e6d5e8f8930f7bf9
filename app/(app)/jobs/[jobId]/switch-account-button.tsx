import { SignOutForm } from '@/components/auth/sign-out-form';
import { buttonClasses } from '@/components/ui/button';
import { switchAccount } from './switch-account';

export function SwitchAccountButton({ callbackUrl }: { callbackUrl: string }) {
  return (
    <SignOutForm action={switchAccount}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <button type="submit" className={buttonClasses('primary')}>
        Sign out and sign in with another key or region
      </button>
    </SignOutForm>
  );
}
