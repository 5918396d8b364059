/** The superuser every test server has (test data directories only). */
export const TEST_SUPERUSER = {
  email: 'test-superuser@example.com',
  password: 'test-superuser-password',
};
