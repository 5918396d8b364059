import type { DatasetUser } from '../domain/dataset';
import type { DemoCityModel } from './demo-city-model';
import { demoId } from './demo-ids';

/** Password of every demo account. The accounts exist only together with the demo data. */
export const DEMO_PASSWORD = 'sasaeai-demo';

export interface DemoUsers {
  users: DatasetUser[];
  adminId: string;
  /** Coordinator of the first two districts. */
  coordinatorId: string;
  /** Coordinator of one other district. */
  coordinator2Id: string;
  careManagerId: string;
}

/**
 * One demo login per role: an administrator (the city's layer-1 coordinator), a layer-2
 * coordinator for districts 0 and 1, a second coordinator for `coordinator2District`, and a
 * care manager. Emails are on example.com (RFC 2606), so no mail can reach anyone.
 *
 * @param coordinator2District index of the second coordinator's district; must not be 0 or 1
 */
export function generateDemoUsers(model: DemoCityModel, coordinator2District: number): DemoUsers {
  const d0 = model.districts[0];
  const d1 = model.districts[1];
  const d2 = model.districts[coordinator2District];
  if (!d0 || !d1 || !d2 || coordinator2District < 2)
    throw new RangeError('generateDemoUsers: need districts 0, 1 and another one');
  const adminId = demoId('usr', 1);
  const coordinatorId = demoId('usr', 2);
  const coordinator2Id = demoId('usr', 3);
  const careManagerId = demoId('usr', 4);
  const users: DatasetUser[] = [
    {
      id: adminId,
      email: 'admin@example.com',
      name: '鈴木 一郎（市 長寿社会課・第1層SC）',
      role: 'admin',
      districtIds: [],
      password: DEMO_PASSWORD,
    },
    {
      id: coordinatorId,
      email: 'coordinator@example.com',
      name: `山田 太郎（${d0.names.base}・${d1.names.base}地区担当）`,
      role: 'coordinator',
      districtIds: [d0.id, d1.id],
      password: DEMO_PASSWORD,
    },
    {
      id: coordinator2Id,
      email: 'coordinator2@example.com',
      name: `佐藤 花子（${d2.names.name}担当）`,
      role: 'coordinator',
      districtIds: [d2.id],
      password: DEMO_PASSWORD,
    },
    {
      id: careManagerId,
      email: 'caremanager@example.com',
      name: '高橋 恵子（居宅介護支援事業所 さくら）',
      role: 'care_manager',
      districtIds: [],
      password: DEMO_PASSWORD,
    },
  ];
  return { users, adminId, coordinatorId, coordinator2Id, careManagerId };
}
