// The real wechaty gateway for Qunbot's adapter tests: wechaty-puppet-service's PuppetServer (what
// `wechaty gateway` runs) over wechaty-puppet-mock's PuppetMock, on 127.0.0.1 without TLS.
//
// Driven by JSON lines on stdin; reports JSON lines on stdout:
//   {"op":"setup","self":{"id","name"},"contacts":[{"id","name"}],"rooms":[{"id","topic","owner","members"}]}
//   {"op":"say","from":id,"room":id,"text":"...","mentions":[ids]}       -> {"said": messageId}
//   {"op":"join","room":id,"invitees":[ids],"inviter":id}
//   {"op":"error","message":"..."}                                        (an `error` event, as puppets emit)
//   {"op":"share","from":id,"room":id,"link":{url,title,description}}    -> {"said": messageId}
//   {"op":"share","from":id,"room":id,"mini_program":{appid,title,pagePath}}
// Every send the bot makes is reported: {"sent":{"kind":"text|file|url|miniprogram","to":id,...}};
// a member removal: {"removed":{"room":id,"member":id}}. Ready: {"ready":port}.
import readline from 'node:readline'
import * as PUPPET from 'wechaty-puppet'
import { PuppetMock, mock } from 'wechaty-puppet-mock'
import { PuppetServer } from 'wechaty-puppet-service'

const port = Number(process.argv[2])
const token = process.argv[3] || 'insecure_qunbot_test'
const report = (record) => process.stdout.write(JSON.stringify(record) + '\n')

const cards = new Map() // message id -> the link or mini-program a member shared

class RecordingPuppet extends PuppetMock {
  async messageUrl (id) { return cards.get(id) || super.messageUrl(id) }

  async messageMiniProgram (id) { return cards.get(id) || super.messageMiniProgram(id) }

  async messageSendText (to, text, mentionIdList) {
    const id = await super.messageSendText(to, text)
    report({ sent: { kind: 'text', to, text, mentions: mentionIdList || [], id } })
    return id
  }

  async messageSendFile (to, file) {
    const buffer = await file.toBuffer()
    report({ sent: { kind: 'file', to, name: file.name, size: buffer.length, sha256: await file.toHash?.() } })
    return super.messageSendFile(to, file)
  }

  async messageSendUrl (to, payload) {
    report({ sent: { kind: 'url', to, payload } })
  }

  async messageSendMiniProgram (to, payload) {
    report({ sent: { kind: 'miniprogram', to, payload } })
  }

  async roomDel (room, member) {
    report({ removed: { room, member } })
    const roomPayload = this.mocker.roomPayload(room)
    this.mocker.roomPayload(room, { ...roomPayload, memberIdList: roomPayload.memberIdList.filter(id => id !== member) })
    this.emit('room-leave', { roomId: room, removeeIdList: [member], removerId: this.currentUserId, timestamp: Date.now() })
  }
}

const mocker = new mock.Mocker()
const puppet = new RecordingPuppet({ mocker })
const server = new PuppetServer({ endpoint: `127.0.0.1:${port}`, puppet, token, tls: { disable: true } })
const contacts = new Map()
const rooms = new Map()

const ops = {
  setup ({ self, contacts: people, rooms: groups }) {
    const user = mocker.createContact({ id: self.id, name: self.name })
    contacts.set(self.id, user)
    for (const person of people) contacts.set(person.id, mocker.createContact({ id: person.id, name: person.name }))
    for (const group of groups) {
      rooms.set(group.id, mocker.createRoom({
        id: group.id, topic: group.topic, ownerId: group.owner, adminIdList: group.admins || [],
        memberIdList: group.members,
      }))
    }
    mocker.login(user)
  },
  say ({ from, room, text, mentions }) {
    const before = new Set(mocker.cacheMessagePayload.keys())
    contacts.get(from).say(text, (mentions || []).map(id => contacts.get(id))).to(rooms.get(room))
    const said = [...mocker.cacheMessagePayload.keys()].find(id => !before.has(id))
    report({ said })
  },
  join ({ room, invitees, inviter }) {
    rooms.get(room).add(...invitees.map(id => contacts.get(id))).by(contacts.get(inviter))
  },
  share ({ from, room, link, mini_program: program }) {
    const id = `share-${cards.size + 1}-${Date.now()}`
    cards.set(id, link || program)
    mocker.MessageMock.create({
      id, talkerId: from, roomId: room, timestamp: Date.now(), mentionIdList: [],
      type: link ? PUPPET.types.Message.Url : PUPPET.types.Message.MiniProgram,
      text: (link || program).title,
    })
    puppet.emit('message', { messageId: id })
    report({ said: id })
  },
  error ({ message }) {
    puppet.emit('error', { gerror: JSON.stringify({ code: 2, details: message }) })
  },
}

await puppet.start()
await server.start()
report({ ready: port })

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line)
  try {
    ops[command.op](command)
  } catch (error) {
    report({ failed: command.op, error: String(error) })
  }
}).on('close', async () => {
  await server.stop()
  await puppet.stop()
  process.exit(0)
})
