-- After Redis lost its memory: the owner writes one of its sessions back as it stands.
-- KEYS as session-create.lua; ARGV[1] session id; ARGV[2] snapshot; ARGV[3] node id; ARGV[4] snapshot lifetime ms
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[4])
redis.call('SET', KEYS[3], ARGV[3])
redis.call('SADD', KEYS[4], ARGV[1])
return 1
