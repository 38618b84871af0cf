import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { NetworkEdgeKindEnum, NetworkNodeKindEnum, type NetworkEdgeKind, type NetworkNodeKind } from './network.type.js';

@ArgsType()
export class NetworkArgs {
  @Field(() => ID, { description: 'Global id of the organisation, partnership, project, region or event to draw the network around.' })
  @MaxLength(200, { message: 'around must be an ASF Atlas id' })
  around!: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many steps out from the centre, 1–3.' })
  @Min(1, { message: 'depth must be between 1 and 3' })
  @Max(3, { message: 'depth must be between 1 and 3' })
  depth: number = 1;

  @Field(() => [NetworkNodeKindEnum], {
    nullable: true,
    description: 'Only nodes of these kinds (the centre is always included); the walk passes only through them. All kinds by default.',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'nodeKinds must name at least one kind (leave it out for all)' })
  @ArrayMaxSize(5)
  nodeKinds?: NetworkNodeKind[] | null;

  @Field(() => [NetworkEdgeKindEnum], {
    nullable: true,
    description: 'Only edges of these kinds; the walk follows only them. All kinds by default.',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'edgeKinds must name at least one kind (leave it out for all)' })
  @ArrayMaxSize(9)
  edgeKinds?: NetworkEdgeKind[] | null;

  @Field(() => Int, {
    defaultValue: 150,
    description: 'At most this many nodes, 1–500; the nearest are kept and `truncated` tells when some were left out.',
  })
  @Min(1, { message: 'limit must be between 1 and 500' })
  @Max(500, { message: 'limit must be between 1 and 500' })
  limit: number = 150;
}

@ArgsType()
export class ConnectionPathArgs {
  @Field(() => ID, { description: 'Global id of the node the path starts at.' })
  @MaxLength(200, { message: 'from must be an ASF Atlas id' })
  from!: string;

  @Field(() => ID, { description: 'Global id of the node the path ends at.' })
  @MaxLength(200, { message: 'to must be an ASF Atlas id' })
  to!: string;

  @Field(() => Int, { defaultValue: 4, description: 'Longest path to look for, 1–6 steps.' })
  @Min(1, { message: 'maxLength must be between 1 and 6' })
  @Max(6, { message: 'maxLength must be between 1 and 6' })
  maxLength: number = 4;
}
