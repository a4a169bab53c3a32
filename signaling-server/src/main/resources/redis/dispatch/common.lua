-- common.lua: the helpers every dispatch script starts with. RedisDispatch puts this text in front
-- of each script before SCRIPT LOAD (Redis 6.2 has no function library to share code between
-- scripts). ARGV[1] is the key prefix and every key is built from it inside the scripts, so they
-- run on a single Redis instance only, not on Redis Cluster. Key shapes: DispatchKeys.java.
--
-- Invariants the scripts keep together (each script runs atomically):
--   an expert is signed on exactly when their hash has a 'skills' field and their id is in EXPERTS;
--   an expert is in the idle line exactly when their hash has an 'idle' tick, and then they are in
--   the idle ZSET of each of their skills with that tick as score; only free AVAILABLE experts are;
--   a request is queued exactly when REQUESTS has its JSON and its skill's queue ZSET has its id.
-- Numbers that may be large travel as strings: Lua numbers are doubles.

local P = ARGV[1]
local EXPERTS = P .. 'dispatch:experts'
local REQUESTS = P .. 'dispatch:requests'
local ONLINE = P .. 'dispatch:online'
local SEQUENCE = P .. 'dispatch:sequence'
local IDLE_TICK = P .. 'dispatch:idle-tick'
local PAGE = 16

local function expertKey(id) return P .. 'dispatch:expert:' .. id end
local function idleKey(skill) return P .. 'dispatch:idle:' .. skill end
local function queueKey(skill) return P .. 'dispatch:queue:' .. skill end

-- The signed-on expert as a table, or nil (unknown, or only a placeholder left by restoreHold).
local function loadExpert(id)
  local f = redis.call('HMGET', expertKey(id), 'skills', 'wanted', 'session', 'ringing', 'idle')
  if not f[1] then
    return nil
  end
  return { id = id, skillsJson = f[1], skills = cjson.decode(f[1]), wanted = f[2],
           session = f[3] or nil, ringing = f[4] == '1', idle = f[5] or nil }
end

-- What Java reads back as an ExpertStatus: id, skills JSON, wanted, session or nil, ringing flag.
local function statusReply(e)
  return { e.id, e.skillsJson, e.wanted, e.session or false, e.ringing and '1' or '0' }
end

local function countOnline(skills, delta)
  for _, skill in ipairs(skills) do
    if redis.call('HINCRBY', ONLINE, skill, delta) <= 0 then
      redis.call('HDEL', ONLINE, skill)
    end
  end
end

local function leaveIdle(e)
  if not e.idle then
    return
  end
  for _, skill in ipairs(e.skills) do
    redis.call('ZREM', idleKey(skill), e.id)
  end
  redis.call('HDEL', expertKey(e.id), 'idle')
  e.idle = nil
end

-- Joins the back of the idle line, or keeps the place given by tick (a restore of an idle expert).
local function joinIdle(e, tick)
  tick = tick or string.format('%d', redis.call('INCR', IDLE_TICK))
  redis.call('HSET', expertKey(e.id), 'idle', tick)
  for _, skill in ipairs(e.skills) do
    redis.call('ZADD', idleKey(skill), tick, e.id)
  end
  e.idle = tick
end

local function holdRinging(e, sessionId)
  redis.call('HSET', expertKey(e.id), 'session', sessionId, 'ringing', '1')
  e.session = sessionId
  e.ringing = true
  leaveIdle(e)
end

local function removeExpert(id)
  local e = loadExpert(id)
  if e then
    leaveIdle(e)
    redis.call('SREM', EXPERTS, id)
    countOnline(e.skills, -1)
  end
  redis.call('DEL', expertKey(id))
  return e
end

-- The experts a request was passed by, from ARGV[first] on, as a set.
local function passedFrom(first)
  local passed = {}
  for i = first, #ARGV do
    passed[ARGV[i]] = true
  end
  return passed
end

-- Rings the longest-idle expert of the skill who has not passed the request; their id, or nil.
local function offerIdle(skill, sessionId, passed)
  local key = idleKey(skill)
  local from = 0
  while true do
    local ids = redis.call('ZRANGE', key, from, from + PAGE - 1)
    if #ids == 0 then
      return nil
    end
    for _, id in ipairs(ids) do
      if not passed[id] then
        local e = loadExpert(id)
        if e then
          holdRinging(e, sessionId)
          return id
        end
      end
    end
    from = from + PAGE
  end
end

local function passedBy(request, expertId)
  for _, id in ipairs(request.passedBy) do
    if id == expertId then
      return true
    end
  end
  return false
end

-- The best waiting request across the expert's skills that they have not passed:
-- its session id, skill and JSON, or nil. Queue scores order green channel first, then sequence.
local function bestWaitingFor(e)
  local bestId, bestSkill, bestJson, bestScore
  for _, skill in ipairs(e.skills) do
    local key = queueKey(skill)
    local from = 0
    local done = false
    repeat
      local page = redis.call('ZRANGE', key, from, from + PAGE - 1, 'WITHSCORES')
      if #page == 0 then
        break
      end
      for i = 1, #page, 2 do
        local score = tonumber(page[i + 1])
        if bestScore and score >= bestScore then
          done = true
          break
        end
        local json = redis.call('HGET', REQUESTS, page[i])
        if json and not passedBy(cjson.decode(json), e.id) then
          bestId, bestSkill, bestJson, bestScore = page[i], skill, json, score
          done = true
          break
        end
      end
      from = from + PAGE
    until done
  end
  return bestId, bestSkill, bestJson
end

local function dequeue(sessionId, skill)
  redis.call('ZREM', queueKey(skill), sessionId)
  redis.call('HDEL', REQUESTS, sessionId)
end

-- Brings the idle line in line with the expert's status; a free AVAILABLE expert first claims the
-- best waiting request. Returns the claimed request's JSON, or false.
local function settle(e)
  if e.session or e.wanted ~= 'AVAILABLE' then
    leaveIdle(e)
    return false
  end
  local sessionId, skill, json = bestWaitingFor(e)
  if sessionId then
    dequeue(sessionId, skill)
    holdRinging(e, sessionId)
    return json
  end
  if not e.idle then
    joinIdle(e)
  end
  return false
end

-- ---- the operation ----
