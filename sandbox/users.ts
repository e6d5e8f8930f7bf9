/** The seeded users. Their keys are fixed so docs, fixtures and demos can name them. */
import type { UserRecord } from './model';

function user(email: string, fullName: string, key: string, userCode: string): UserRecord {
  const [firstName = '', ...rest] = fullName.split(' ');
  return {
    email,
    fullName,
    firstName,
    lastName: rest.join(' '),
    key,
    userCode,
    company: 'Example Engineering',
  };
}

export const SEED_USERS = {
  ada: user('ada@example.com', 'Ada Lovelace', 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0', 'user_AdaLv'),
  grace: user('grace@example.com', 'Grace Hopper', 'b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1', 'user_GrcHp'),
  alan: user('alan@example.com', 'Alan Turing', 'c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2', 'user_AlnTr'),
  nova: user('nova@example.com', 'Nova Newman', 'd3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3', 'user_NovNw'),
  bulk: user('bulk@example.com', 'Bulk Loader', 'e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4', 'user_BlkLd'),
} as const;

export const ALL_SEED_USERS: UserRecord[] = Object.values(SEED_USERS);
