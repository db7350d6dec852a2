/** Plant model public surface. */
export { Plant, PlantState, Actuators, PlantFaults } from './plant';
export { DEFAULT_PARAMS, resolveParams, effectiveMass, type VehicleParams } from './params';
export {
	resolveScenario,
	daylightLux,
	TUNNEL_DEFAULT_LUX,
	type Scenario,
	type ResolvedScenario,
	type RoadSegment,
	type Tunnel,
	type Obstacle
} from './scenario';
export { cellOcv, auxOcv } from './battery';
